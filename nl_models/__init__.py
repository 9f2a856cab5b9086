"""Dutch NLP pipeline for AI-poort. Importing this package registers its spaCy tokenizer,
callback and components, so that ``spacy.load("nl_models/pipeline")`` works."""

from nl_models import components as components
from nl_models import name_finder as name_finder
from nl_models import tokenizer as tokenizer
