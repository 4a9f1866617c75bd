import type { AccountMessages } from "./en.ts";

const es: AccountMessages = {
  signIn: "Iniciar sesión",
  signOut: "Cerrar sesión",
  staff: "Equipo",
  signedInAs: (name: string) => `Sesión iniciada como ${name}`,
  loadingChoices: "Cargando las opciones de inicio de sesión…",
  loadFailed: "No se pudieron cargar las opciones de inicio de sesión.",
};
export default es;
