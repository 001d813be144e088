"""virtual-alexa's scripts (conversation.js, intents.js, alexa.js), the phrasing lists they
route, and the Python harness that runs them against the real server (harness.py)."""
