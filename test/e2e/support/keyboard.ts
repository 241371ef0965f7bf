import type { Locator } from 'playwright-core';

/** Activates a control with the keyboard only: focus it, then Enter (buttons, links) — no mouse. */
export async function pressKey(control: Locator, key = 'Enter') {
  await control.waitFor();
  await control.focus();
  await control.page().keyboard.press(key);
}

/** Types into a field that has keyboard focus. */
export async function typeInto(field: Locator, text: string) {
  await field.focus();
  await field.page().keyboard.press('ControlOrMeta+A');
  await field.page().keyboard.press('Delete');
  await field.page().keyboard.type(text);
}

/** Chooses an option of a native select from the keyboard (focus, then the option's value). */
export async function chooseWithKeyboard(select: Locator, label: string) {
  await select.focus();
  await select.selectOption({ label });
}
