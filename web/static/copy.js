// The invite page's "Copy the link" button: progressive enhancement. Without scripts
// the button stays hidden and the link can be copied from its box by hand.
"use strict";
document.querySelectorAll("button[data-copy]").forEach((button) => {
  const field = document.getElementById(button.dataset.copy);
  const status = document.getElementById(button.dataset.status);
  button.hidden = false;
  button.addEventListener("click", async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = "Copied. Paste it into a message to your partner.";
    } catch {
      status.textContent = "The link is selected: copy it with Ctrl+C (or ⌘C on a Mac).";
    }
  });
});
