import { BoardId, Id, SiteId, SubjectId } from "@corner/contracts";
import * as v from "valibot";

export const SiteParams = v.object({ site: SiteId });
export const SubjectParams = v.object({ site: SiteId, subject: SubjectId });
export const ReviewParams = v.object({ site: SiteId, id: Id });
export const BoardParams = v.object({ site: SiteId, board: BoardId });
export const IdeaParams = v.object({ site: SiteId, id: Id });
export const QuestionParams = v.object({ site: SiteId, id: Id });
export const AnswerParams = v.object({ site: SiteId, id: Id });
export const PersonParams = v.object({ site: SiteId, id: Id });
