"""``python -m socialwork.law.parameters > docs/figures.md`` writes the figures table."""

from socialwork.law.parameters.docs import figures_table

print(figures_table(), end="")
