// Loaded on the "Sign out" click: the loader's sign-in runtime (which the page may already have loaded for
// Corner.login), so signing out here is exactly Corner.logout(): the server forgets the session, every
// widget of the site sees it, and `corner-logout` is dispatched on `document`.
export { logout as signOut } from "@corner/core/runtime";
