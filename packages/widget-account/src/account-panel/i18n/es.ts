import type { AccountPanelMessages } from "./en.ts";

const es: AccountPanelMessages = {
  choices: "Opciones de inicio de sesión",
  signIn: "Iniciar sesión",
  signInWith: (site: string) => `Iniciar sesión con ${site}`,
  separator: "o",
  guestName: "Tu nombre",
  nameMissing: "Escribe el nombre que se mostrará con lo que escribas.",
  continueAsGuest: "Continuar como invitado",
  checking: "Comprobando que no eres un robot…",
  cancel: "Cancelar",
  cancelled: "Inicio de sesión cancelado.",
  guestFailed: "No se pudo continuar como invitado. Inténtalo de nuevo.",
};
export default es;
