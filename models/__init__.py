"""The shared domain of Trust Tracker: entities and the operations on them.

No Flask and no ASK SDK here: the skill and the site both call these functions with a
Session and plain values, and map DomainError subclasses to speech or HTTP statuses.
"""
