"""Domain layer: pure entities and validation (ИИН, КАТО, names); no storage, sync or Qt."""
