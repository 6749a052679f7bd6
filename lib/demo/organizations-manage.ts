import { inviteMember, requestToJoin } from "@/lib/organizations/membership";
import { demoId } from "./ids";
import { OWOP_NAME } from "./organizations-data";
import { must, type StoryContext } from "./run";

/**
 * Work waiting for people: two join requests (for the organizations' owners and the administrator's
 * overview) and an open invitation, made through the organizations module's commands. The two
 * organizations of the core demo waiting for verification fill the verification queue.
 */
export async function seedOrganizationsManage(ctx: StoryContext) {
  const mail = ctx.mail;
  must(
    "a join request",
    await requestToJoin(
      ctx.db,
      await ctx.as("robert.dabrowski@demo.test"),
      {
        organizationId: demoId("organization", "Białostocki Klub Sportowy „Jaćwież”"),
        message: "Prowadzę zajęcia z młodzieżą w klubie i chcę pomagać w pisaniu ofert.",
      },
      mail,
    ),
  );
  must(
    "a join request",
    await requestToJoin(
      ctx.db,
      await ctx.as("tomasz.malinowski@demo.test"),
      {
        organizationId: demoId("organization", OWOP_NAME),
        message: "Współpracujemy przy szkoleniach dla organizacji, chciałbym aktualizować kalendarz.",
      },
      mail,
    ),
  );
  must(
    "an invitation",
    await inviteMember(
      ctx.db,
      await ctx.as("ewa.kaminska@demo.test"),
      {
        organizationId: demoId("organization", "Stowarzyszenie Zwykłe „Sąsiedzi z Antoniuka”"),
        email: "robert.dabrowski@demo.test",
        role: "editor",
      },
      mail,
      ctx.clock.at(-10, "12:00"),
    ),
  );
}
