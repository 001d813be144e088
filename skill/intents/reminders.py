"""Reminders on the device, through Alexa's Reminders API: the weekly check-in ("remind us
about our check-in"), a one-time nudge on a hard day ("touch base later"), and "stop
reminding us". A reminder set before the couple changed their slot on the site is moved
at the start of the next voice session (ReminderSyncInterceptor).

The rules (when, in which zone, whether one still fits) are models.reminders'; the calls
are skill.alexa_apis'. Any failure of the API is said plainly, within Alexa's time.
"""

from __future__ import annotations

import contextlib
import logging
from abc import abstractmethod
from datetime import datetime
from zoneinfo import ZoneInfo

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, is_request_type
from ask_sdk_model import Response
from ask_sdk_model.services.reminder_management import (
    AlertInfo,
    PushNotification,
    PushNotificationStatus,
    Recurrence,
    ReminderRequest,
    SpokenInfo,
    SpokenText,
    Trigger,
    TriggerType,
)
from ask_sdk_model.ui import AskForPermissionsConsentCard

from trust_tracker.models import reminders
from trust_tracker.models.alexa_entities import ReminderKind
from trust_tracker.models.entities import Couple, Partner

from ..alexa_apis import AlexaApis, ApiUnavailable, PermissionMissing, ReminderGone, device_zone
from ..dialog import IntentHandler, ask, checkin_waits_behind, not_linked, skill_context, speech, tell, vary
from ..safety import SUPPORT_INTENT, distress_said
from ..speakers import PartnerIntentHandler, linked_couple, other_partner, voice_identity
from ..speech import Language
from ..speech_text import brief

log = logging.getLogger(__name__)

REMINDERS_PERMISSION = "alexa::alerts:reminders:skill:readwrite"
# What the reminder says is capped well inside the API's limit.
MAX_REMINDER_TEXT = 200


class CoupleIntentHandler(IntentHandler):
    """An intent for the household, whoever speaks: reminders belong to the Alexa account."""

    def handle(self, handler_input: HandlerInput) -> Response:
        couple = linked_couple(handler_input)
        if couple is None:
            return not_linked(handler_input)
        return self.handle_for_couple(handler_input, couple)

    @abstractmethod
    def handle_for_couple(self, handler_input: HandlerInput, couple: Couple) -> Response:
        """Handle the intent for the couple this Alexa account is linked to."""


class RemindCheckInIntentHandler(CoupleIntentHandler):
    """ "Remind us about our check-in": a weekly reminder at the couple's slot, in the device's zone."""

    intents = ("RemindCheckInIntent",)

    def handle_for_couple(self, handler_input: HandlerInput, couple: Couple) -> Response:
        language = speech(handler_input)
        try:
            done, wanted = place_weekly(handler_input, couple)
        except PermissionMissing:
            return ask_permission(handler_input)
        except CouldNotCheck as error:
            return unreachable(handler_input, language.say("reminder_check_failed"), error)
        except MayBeSet as error:  # Amazon may have stored it: said so, and how to check
            return unreachable(handler_input, language.say("reminder_maybe_set"), error)
        except ApiUnavailable as error:
            return unreachable(handler_input, language.say("reminder_failed"), error)
        when = {"day": language.weekdays[wanted.weekday], "time": language.clock(wanted.at)}
        return tell(handler_input, language.say(f"reminder_{done}", **when))


def place_weekly(handler_input: HandlerInput, couple: Couple) -> tuple[str, reminders.WeeklyReminder]:
    """Make sure the device holds the weekly reminder for the couple's current slot:
    "already" (it does), "moved" (it was for another slot), or "set" (it is new)."""
    context, apis = skill_context(handler_input), AlexaApis.of(handler_input)
    user_id, _ = voice_identity(handler_input)
    wanted = reminders.weekly_checkin(context.session, couple, device_zone(handler_input, couple), context.now)
    held = reminders.held(context.session, couple, user_id, ReminderKind.WEEKLY_CHECKIN)
    request = weekly_request(speech(handler_input), wanted, context.now)
    kind = ReminderKind.WEEKLY_CHECKIN
    if held is not None:
        try:
            if reminders.fits(held, wanted):
                if _still_on(apis, held.alert_token):
                    return "already", wanted
            else:
                token = apis.update_reminder(held.alert_token, request)
                reminders.keep(context.session, couple, user_id, kind, token, context.now, weekly=wanted)
                return "moved", wanted
        except ReminderGone:
            pass  # deleted in the Alexa app meanwhile: set it again
    adopted = _set_already(apis, wanted)
    try:
        token = adopted or apis.create_reminder(request)
    except ApiUnavailable as error:  # sent, and no answer in time: it may be set all the same
        raise MayBeSet(str(error)) from error
    reminders.keep(context.session, couple, user_id, kind, token, context.now, weekly=wanted)
    return ("already" if adopted else "set"), wanted


def _set_already(apis: AlexaApis, wanted: reminders.WeeklyReminder) -> str | None:
    """The alertToken of a reminder on the account for this very slot that we do not hold: a
    create that timed out after Amazon stored it. Adopted, so asking again never sets two."""
    for alert in apis.reminders_set():
        trigger = alert.get("trigger") or {}
        rules = (trigger.get("recurrence") or {}).get("recurrenceRules") or []
        if alert.get("status") == "ON" and trigger.get("timeZoneId") == wanted.zone and wanted.rule in rules:
            return str(alert.get("alertToken") or "") or None
    return None


class MayBeSet(ApiUnavailable):
    """Creating the reminder failed once asked: Amazon may have stored it (the next "remind
    us" finds it and adopts it, never setting two)."""


class CouldNotCheck(ApiUnavailable):
    """The reminder held could not be checked with Alexa; it is left as it was."""


def _still_on(apis: AlexaApis, alert_token: str) -> bool:
    try:
        return apis.reminder_is_on(alert_token)  # ReminderGone: set anew by the caller
    except ApiUnavailable as error:
        raise CouldNotCheck(str(error)) from error


def unreachable(handler_input: HandlerInput, said: str, error: Exception) -> Response:
    """The API failed: `said` plainly (nothing claimed, what changed and what did not), and the
    session goes on: with the check-in question, when it was asked mid check-in (skill/checkin_aside.py)."""
    log.warning("the Reminders API failed: %s", error)
    if checkin_waits_behind(handler_input):
        return tell(handler_input, said)
    reprompt = speech(handler_input).say("what_next_reprompt")
    return ask(handler_input, f"{said} {vary(handler_input, 'what_next_short')}", reprompt)


def weekly_request(language: Language, wanted: reminders.WeeklyReminder, now: datetime) -> ReminderRequest:
    """The Reminders API's request: SCHEDULED_ABSOLUTE, weekly, in the device's zone."""
    text = (
        language.say("reminder_text", question=brief(wanted.first_question, 150))
        if wanted.first_question
        else language.say("reminder_text_plain")
    )
    trigger = Trigger(
        object_type=TriggerType.SCHEDULED_ABSOLUTE,
        time_zone_id=wanted.zone,
        recurrence=Recurrence(start_date_time=wanted.first, recurrence_rules=[wanted.rule]),
    )
    return _request(language, trigger, text, now, wanted.zone)


def _request(language: Language, trigger: Trigger, text: str, now: datetime, zone: str) -> ReminderRequest:
    return ReminderRequest(
        # Local wall-clock time without an offset, as the API wants it.
        request_time=now.astimezone(ZoneInfo(zone)).replace(tzinfo=None, microsecond=0),
        trigger=trigger,
        alert_info=AlertInfo(
            spoken_info=SpokenInfo(content=[SpokenText(locale=language.locale, text=brief(text, MAX_REMINDER_TEXT))])
        ),
        push_notification=PushNotification(status=PushNotificationStatus.ENABLED),
    )


def ask_permission(handler_input: HandlerInput) -> Response:
    """The standard permission request: a consent card in the Alexa app, and saying so."""
    handler_input.response_builder.set_card(AskForPermissionsConsentCard(permissions=[REMINDERS_PERMISSION]))
    return tell(handler_input, speech(handler_input).say("reminder_permission"))


class TouchBaseLaterIntentHandler(PartnerIntentHandler):
    """ "Touch base later" (on a hard day): a one-time reminder a few hours ahead."""

    intents = ("TouchBaseLaterIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        couple, other = partner.couple, other_partner(partner)
        user_id, _ = voice_identity(handler_input)
        hours = int(reminders.TOUCH_BASE_AFTER.total_seconds() // 3600)
        alone = "" if other is not None else "_alone"
        names = {"other": other.name} if other is not None else {}
        trigger = Trigger(
            object_type=TriggerType.SCHEDULED_RELATIVE,
            offset_in_seconds=int(reminders.TOUCH_BASE_AFTER.total_seconds()),
        )
        zone = device_zone(handler_input, couple) or couple.timezone
        request = _request(language, trigger, language.say(f"touch_base_text{alone}", **names), context.now, zone)
        apis = AlexaApis.of(handler_input)
        earlier = reminders.held(context.session, couple, user_id, ReminderKind.TOUCH_BASE)
        try:
            if earlier is not None:  # asked again: the new time replaces the earlier one, never two
                _delete_if_there(apis, earlier.alert_token)
            token = apis.create_reminder(request)
        except PermissionMissing:
            return ask_permission(handler_input)
        except ApiUnavailable as error:
            return unreachable(handler_input, language.say("reminder_failed"), error)
        reminders.keep(context.session, couple, user_id, ReminderKind.TOUCH_BASE, token, context.now)
        return tell(handler_input, language.say(f"touch_base_set{alone}", hours=hours, **names))


class StopRemindersIntentHandler(CoupleIntentHandler):
    """ "Stop reminding us": every reminder the skill set on this Alexa account is deleted."""

    intents = ("StopRemindersIntent",)

    def handle_for_couple(self, handler_input: HandlerInput, couple: Couple) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        user_id, _ = voice_identity(handler_input)
        held = {r.alert_token: r for r in reminders.all_held(context.session, couple, user_id)}
        apis = AlexaApis.of(handler_input)
        try:  # and any the skill set that it never heard back about (a create that timed out)
            listed = [str(alert["alertToken"]) for alert in apis.reminders_set() if alert.get("alertToken")]
        except PermissionMissing:
            return ask_permission(handler_input)
        except ApiUnavailable:
            listed = []  # the ones held are still stopped
        tokens = [*held, *(token for token in listed if token not in held)]
        if not tokens:
            return tell(handler_input, say("reminders_none"))
        for stopped, token in enumerate(tokens):
            try:
                _delete_if_there(apis, token)
            except PermissionMissing:
                return ask_permission(handler_input)
            except ApiUnavailable as error:  # the ones deleted are forgotten, the rest kept
                if not stopped:
                    return unreachable(handler_input, say("reminders_stop_failed"), error)
                key = "reminders_stop_partly_one" if len(tokens) - stopped == 1 else "reminders_stop_partly"
                return unreachable(handler_input, say(key, stopped=stopped, total=len(tokens)), error)
            if token in held:
                reminders.forget(context.session, held[token])
        return tell(handler_input, say("reminders_stopped"))


def _delete_if_there(apis: AlexaApis, alert_token: str) -> None:
    with contextlib.suppress(ReminderGone):  # already deleted in the Alexa app
        apis.delete_reminder(alert_token)


class ReminderSyncInterceptor(AbstractRequestInterceptor):
    """At the start of a voice session: the weekly reminder follows a slot changed on the site.

    Quietly: a failure (no permission any more, the API down) leaves it for the next
    session. A request for help (SupportIntent, or distress in any slot) is never delayed by it.
    """

    def process(self, handler_input: HandlerInput) -> None:
        envelope = handler_input.request_envelope
        if envelope.session is None or not envelope.session.new:
            return
        if not (is_request_type("LaunchRequest")(handler_input) or is_request_type("IntentRequest")(handler_input)):
            return
        if is_request_type("IntentRequest")(handler_input) and (
            get_intent_name(handler_input) in (SUPPORT_INTENT, *RemindCheckInIntentHandler.intents)
            or distress_said(handler_input)
        ):
            return  # help first; and "remind us" moves the reminder itself, saying so
        couple = linked_couple(handler_input)
        if couple is None or not AlexaApis.of(handler_input).usable:
            return
        user_id, _ = voice_identity(handler_input)
        if reminders.slot_changed(skill_context(handler_input).session, couple, user_id) is None:
            return
        try:
            place_weekly(handler_input, couple)
        except (PermissionMissing, ApiUnavailable) as error:
            log.info("the check-in reminder could not follow the new slot yet: %s", error)
