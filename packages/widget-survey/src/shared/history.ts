// What this browser remembers of a site's surveys: the first-party record the loader sends with
// `eligible` (format and key in @corner/survey-rules local-history.ts).
import { readStored, updateStored } from "@corner/state";
import { type LocalSurveyStore, localHistoryKey, markLocal, type SurveyMark } from "@corner/survey-rules";

/** Records that the survey was shown (also the site's last prompt), dismissed or answered, now. */
export const remember = (site: string, surveyId: string, mark: SurveyMark): void =>
  void updateStored<LocalSurveyStore>(localHistoryKey(site), (s) =>
    markLocal(s ?? {}, surveyId, mark, Date.now()),
  );

/** Whether this browser already answered the survey. */
export const answeredHere = (site: string, surveyId: string): boolean =>
  !!readStored<LocalSurveyStore>(localHistoryKey(site))?.s?.[surveyId]?.a;
