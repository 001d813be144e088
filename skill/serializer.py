"""ask-sdk's serializer, made cheaper where every request pays for it: the same objects and JSON.

The SDK's `DefaultSerializer` works out, at every model of every request, what it could have
worked out once per class: it resolves each type name by importing its module, rebuilds the
class's attribute map, scans that map's values for each key of the payload, and on the way out
asks a chain of `isinstance` about every value. Here a class's fields are looked at once and
kept; anything unusual (an Enum, a date, a payload that is not an object, a class that is not a
model) goes to the SDK's own code, unchanged. `tests/skill/test_serializer.py` checks both ways
against the SDK's own, for every kind of request and answer the skill meets. The methods reached
are the SDK's name-mangled private ones, which the pinned ask-sdk-core has had since 1.0.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, cast

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

# A type name's own values, as the SDK's `__deserialize_primitive` would return them unchanged
# (`str(s)` is `s` for a str, and so on): taken as they are.
_PLAIN_NAMES = {"str": str, "int": int, "float": float, "bool": bool}
_PLAIN = (str, int, float, bool, type(None))
_NOT_MODELS = (Enum, datetime, date, Decimal, tuple, bytes, *_PLAIN)
# A class's payload keys, each with its attribute's name and type name; None: not a plain model.
_Fields = dict[str, tuple[str, str]] | None
_BY_DISCRIMINATOR: dict[str, tuple[str, str]] = {}


class EnvelopeSerializer(DefaultSerializer):
    def __init__(self) -> None:
        self._classes: dict[str, Any] = {}
        self._fields_in: dict[tuple[Any, bool], _Fields] = {}
        self._fields_out: dict[type, tuple[tuple[str, str], ...] | None] = {}

    def from_json(self, envelope: dict[str, Any]) -> RequestEnvelope:
        """The envelope already parsed: not written back to text for `deserialize` to parse again."""
        return cast(RequestEnvelope, self._DefaultSerializer__deserialize(envelope, RequestEnvelope))  # type: ignore[attr-defined]

    def _DefaultSerializer__deserialize_datetime(self, payload: str, obj_type: Any) -> Any:
        # Alexa's timestamps are ISO 8601, which the standard library reads in a few
        # microseconds; dateutil's general parser (the SDK's) takes a tenth of a millisecond,
        # and still reads whatever else it would have read.
        try:
            parsed = datetime.fromisoformat(payload)
        except (TypeError, ValueError):
            return super()._DefaultSerializer__deserialize_datetime(payload, obj_type)  # type: ignore[misc]
        return parsed.date() if obj_type is date else parsed

    def _DefaultSerializer__load_class_from_name(self, class_name: str) -> Any:
        found = self._classes.get(class_name)
        if found is None:  # an unknown name raises, as the SDK's does, and is not kept
            found = self._classes[class_name] = super()._DefaultSerializer__load_class_from_name(class_name)  # type: ignore[misc]
        return found

    def _DefaultSerializer__deserialize_model(self, payload: Any, obj_type: Any) -> Any:
        fields = self._fields(obj_type)
        if fields is _BY_DISCRIMINATOR and type(payload) is dict:  # a request: "type" names its class
            try:
                obj_type = self._DefaultSerializer__get_obj_by_discriminator(payload, obj_type)  # type: ignore[attr-defined]
            except SerializationException:
                raise
            except Exception as e:  # as the SDK's: whatever the payload trips is its fault
                raise SerializationException(str(e)) from None
            fields = self._fields(obj_type, picked=True)
        if fields is None or fields is _BY_DISCRIMINATOR or type(payload) is not dict:
            return super()._DefaultSerializer__deserialize_model(payload, obj_type)  # type: ignore[misc]
        model = obj_type()
        for key, value in payload.items():
            field = fields.get(key)
            if field is None:  # what the model does not name is kept as it came, as the SDK does
                setattr(model, key, value)
                continue
            name, type_name = field
            plain = _PLAIN_NAMES.get(type_name)
            if plain is None or type(value) is not plain:
                value = self._DefaultSerializer__deserialize(value, type_name)  # type: ignore[attr-defined]
            setattr(model, name, value)
        return model

    def _fields(self, model: Any, *, picked: bool = False) -> _Fields:
        known = self._fields_in.get((model, picked), ...)
        if known is ...:
            known = self._fields_in[model, picked] = _fields_in(model, picked=picked)
        return known

    def serialize(self, obj: Any) -> Any:
        kind = type(obj)
        if kind in _PLAIN:
            return obj
        if kind is dict:
            return {key: self.serialize(value) for key, value in obj.items()}
        if kind is list:
            return [self.serialize(value) for value in obj]
        fields = self._fields_out.get(kind, ())
        if fields == ():
            fields = self._fields_out[kind] = _fields_out(kind)
        if fields is None:
            return super().serialize(obj)
        # As the SDK: the attributes that are not None, under their JSON names.
        out = {}
        for name, key in fields:
            value = getattr(obj, name)
            if value is not None:
                out[key] = self.serialize(value)
        return out


def _fields_in(model: type, *, picked: bool = False) -> _Fields:
    """A model's payload keys; _BY_DISCRIMINATOR for a class whose payload names its subclass
    (unless it is the subclass `picked` so); None for what the SDK treats otherwise (an Enum,
    anything without `deserialized_types`, an attribute map naming what has no type)."""
    if not isinstance(model, type) or issubclass(model, Enum):
        return None
    if hasattr(model, "get_real_child_model") and not picked:
        return _BY_DISCRIMINATOR
    types: dict[str, str] | None = getattr(model, "deserialized_types", None)
    names: dict[str, str] = getattr(model, "attribute_map", {})
    if not isinstance(types, dict) or not isinstance(names, dict) or not set(names) <= set(types):
        return None
    return {names.get(name, name): (name, type_name) for name, type_name in types.items()}


def _fields_out(kind: type) -> tuple[tuple[str, str], ...] | None:
    """A model's (attribute, JSON name) pairs in the SDK's order; None for anything else."""
    types: dict[str, str] | None = getattr(kind, "deserialized_types", None)
    if issubclass(kind, (*_NOT_MODELS, dict, list)) or not isinstance(types, dict):
        return None
    names: dict[str, str] = getattr(kind, "attribute_map", {})
    return tuple((name, names.get(name, name)) for name in types)
