import type { SurveyAnswer } from "@corner/contracts";

/** Detail type of every event `<corner-survey>` dispatches (all bubble and are composed). */
export interface CornerSurveyEvents {
  /** The survey's questions are on screen (once per element). */
  "corner-survey-show": { surveyId: string };
  /** The server accepted the answers so far (after every answered step); `complete` on the last. */
  "corner-survey-response": {
    surveyId: string;
    responseId: string;
    complete: boolean;
    answers: SurveyAnswer[];
  };
  /** A prompted survey was closed (close button, Escape) before it was complete. */
  "corner-survey-dismiss": { surveyId: string };
  /** A prompted survey asks to go: after a dismissal, its thanks closed, or the thanks timed out. */
  "corner-survey-close": { surveyId: string; complete: boolean };
}

type SurveyEventMap = {
  [K in keyof CornerSurveyEvents]: CustomEvent<CornerSurveyEvents[K]>;
};

declare global {
  interface HTMLElementEventMap extends SurveyEventMap {}
  interface DocumentEventMap extends SurveyEventMap {
    /** `Corner.track(name)`: the loader's signal for surveys triggered by a host event. */
    "corner-track": CustomEvent<{ name: string }>;
  }
}
