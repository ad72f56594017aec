"""The act step: relay, encrypt (route / S/MIME), reject with an explanation, notices.

``wiring.build_actions`` builds the ``actions`` object that ``gateway.pipeline``
calls; the modules here are its parts, each usable and tested on its own.
"""
