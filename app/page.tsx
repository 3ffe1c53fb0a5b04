import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { currentUser } from "@/server/api/server-caller";

export default async function LandingPage() {
  if (await currentUser()) redirect("/courses");

  return (
    <div className="mx-auto max-w-3xl py-12 text-center sm:py-20">
      <p className="text-sm font-semibold tracking-wide text-teal-800 uppercase">Debate and seminar, together</p>
      <h1 className="mt-3 font-serif text-4xl font-semibold tracking-tight text-stone-950 sm:text-5xl">
        Argue the case. Read the evidence. Think in theories.
      </h1>
      <p className="mx-auto mt-6 max-w-2xl text-lg text-stone-700">
        Stoa turns a course&apos;s readings into structured debates and seminars: cases with timelines and sources,
        theories to argue from, and prompts your instructor posts for the class.
      </p>
      <div className="mt-10 flex flex-wrap justify-center gap-3">
        <ButtonLink href="/signin">Sign in</ButtonLink>
        <ButtonLink href="/signup" variant="secondary">
          Create an account
        </ButtonLink>
      </div>
      <ul className="mt-16 grid gap-4 text-left sm:grid-cols-3">
        <Feature title="Cases">Key events on a timeline, the sources behind them, and what the thesis concludes.</Feature>
        <Feature title="Theories">Realism, liberalism, constructivism: each reading of every case, side by side.</Feature>
        <Feature title="Prompts">Debate motions and seminar questions your instructor posts when the class is ready.</Feature>
      </ul>
    </div>
  );
}

function Feature({ title, children }: { title: string; children: string }) {
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 className="font-serif text-lg font-semibold text-stone-950">{title}</h2>
      <p className="mt-1 text-sm text-stone-700">{children}</p>
    </li>
  );
}
