"""Benefit calculations: dated parameters and formulas; pure, cite the decree."""
