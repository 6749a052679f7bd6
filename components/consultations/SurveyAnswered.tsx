"use client";

import { useConsultationPersonalState } from "./personal";

/** The survey's call to action, or, once the browser learns the person has answered, a note saying so. */
export function SurveyAnswered({
  consultationId,
  answered,
  children,
}: {
  consultationId: string;
  answered: string;
  children: React.ReactNode;
}) {
  const state = useConsultationPersonalState(consultationId);
  if (state?.surveyAnswered)
    return (
      <p role="status" className="font-semibold">
        {answered}
      </p>
    );
  return <>{children}</>;
}
