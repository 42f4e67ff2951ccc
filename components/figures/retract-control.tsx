// The reviewer's "Retract" on a public figure page (the button itself: retract-button.tsx). The
// public page sends only the public catalogues; this gives the button the words of the forms.
import type { ComponentProps } from "react";
import { FormMessages } from "@/components/forms/form-messages";
import { RetractButton } from "./retract-button";

export function RetractControl(props: ComponentProps<typeof RetractButton>) {
  return (
    <FormMessages>
      <RetractButton {...props} />
    </FormMessages>
  );
}
