// Sign-up's time zone: the browser's own, when the list has it (under its name or an older one,
// "Asia/Calcutta" for "Asia/Kolkata"). Without scripts the server's default stays selected.
"use strict";
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
document.querySelectorAll("select[data-browser-zone]").forEach((select) => {
  const option = Array.from(select.options).find(
    (o) => o.value === zone || (o.dataset.also || "").split(" ").includes(zone),
  );
  if (option) select.value = option.value;
});
