import { css } from "lit";

/** The signed-out button and the signed-in row; the choices panel brings its own styles when it loads. */
export const accountStyles = css`
  :host {
    display: inline-block;
    --_avatar: var(--corner-account-avatar-size, 32px);
  }
  .base {
    position: relative;
    display: inline-grid;
    gap: var(--_s-2);
  }
  .person {
    display: inline-flex;
    align-items: center;
    gap: var(--_s-2);
  }
  .avatar {
    flex: none;
    width: var(--_avatar);
    height: var(--_avatar);
    border-radius: 50%;
    object-fit: cover;
  }
  .initial {
    display: inline-grid;
    place-items: center;
    background: var(--_c-accent);
    color: var(--_c-accent-contrast);
    font-weight: var(--_f-weight-bold);
  }
  .name {
    font-weight: var(--_f-weight-bold);
  }
  .badge {
    padding: 0 var(--_s-2);
    border: 1px solid var(--_c-border);
    border-radius: var(--_r-pill);
    color: var(--_c-muted);
    font-size: var(--_f-size-sm);
  }
  /* Under the button, flush with its end edge (an account sits at the end of a header), or with its start
     edge with align="start", so the panel opens into the page rather than past the viewport. */
  [part="panel"] {
    position: absolute;
    top: calc(100% + var(--_s-1));
    inset-inline-end: 0;
    z-index: 1;
  }
  :host([align="start"]) [part="panel"] {
    inset-inline: 0 auto;
  }
`;
