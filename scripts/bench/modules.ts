import { consultationsBench } from "./consultations";
import { competitionsBench } from "./competitions";
import { directoryBench } from "./directory";
import { listsBench } from "./lists";
import { mailingBench } from "./mailing";
import { roomsBench } from "./rooms";
import type { BenchModule } from "./types";

/** Every module's part of `npm run bench`, measured in this order after the two references. */
export const benchModules: BenchModule[] = [directoryBench, competitionsBench, consultationsBench, listsBench, roomsBench, mailingBench];
