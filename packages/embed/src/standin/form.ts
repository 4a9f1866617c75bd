// TEMPORARY stand-in for the widgets' lazily loaded write form.
export const form = "form";
