"use server";
import { redirect } from "next/navigation";
import { actorOf, currentOrigin } from "@/lib/auth/action-helpers";
import { guardedAction, type ActionState } from "@/lib/auth/guard";
import { endUserSessions } from "@/lib/data/users";

/** Ends every session of the signed-in user, this one included. */
export const signOutEverywhereAction = guardedAction("account.signOutEverywhere", async (user, _previous: ActionState) => {
  const result = await endUserSessions(actorOf(user), user.id, await currentOrigin());
  if (!result.ok) return { ok: false, status: 404 };
  redirect("/signin");
});
