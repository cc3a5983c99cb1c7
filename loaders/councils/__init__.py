"""Council recognition and linking, driven by the register: `recognise(document, register)`
returns every council mention with its span and the rule that found it, the publisher and the
date the names were read at."""

from loaders.councils.recognition import Recognition, recognise

__all__ = ["Recognition", "recognise"]
