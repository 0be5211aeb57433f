"""The programme's support measures, as the monthly report counts them (§4.2, §4.3)."""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.enums import Direction


class Measure(StrEnum):
    CONSULTATION = "consultation"  # консультация (§4.3.1)
    VOCATIONAL_TRAINING = "vocational_training"  # профессиональное обучение (§4.3.1)
    SOCIAL_JOB = "social_job"  # социальное рабочее место (§4.3.1)
    YOUTH_PRACTICE = "youth_practice"  # молодёжная практика (§4.3.1)
    BUSINESS_TRAINING = "business_training"  # обучение основам предпринимательства (§4.3.2)
    MICROCREDIT = "microcredit"  # микрокредит (§4.3.2)
    RELOCATION = "relocation"  # переселение, субсидия на переезд (§4.3.3)
    INFRASTRUCTURE_JOB = "infrastructure_job"  # рабочее место в проекте направления 4 (§4.3.4)


class Placement(StrEnum):
    """Where a participant was placed (result-agreement parameters, §4.2)."""

    PERMANENT_JOB = "permanent_job"
    SOCIAL_JOB = "social_job"
    YOUTH_PRACTICE = "youth_practice"


MEASURES_BY_DIRECTION: dict[Direction, tuple[Measure, ...]] = {
    Direction.TRAINING_AND_EMPLOYMENT: (
        Measure.CONSULTATION, Measure.VOCATIONAL_TRAINING, Measure.SOCIAL_JOB,
        Measure.YOUTH_PRACTICE,
    ),
    Direction.ENTREPRENEURSHIP: (Measure.BUSINESS_TRAINING, Measure.MICROCREDIT),
    Direction.LABOUR_MOBILITY: (Measure.RELOCATION,),
    Direction.RURAL_DEVELOPMENT: (Measure.INFRASTRUCTURE_JOB,),
}
