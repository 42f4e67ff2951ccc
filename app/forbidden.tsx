import Link from "next/link";

const strings = {
  title: "Not allowed",
  text: "You are signed in, but your role does not allow this page. If you need access, ask an administrator.",
  home: "Back to the overview",
};

export default function Forbidden() {
  return (
    <div className="narrow">
      <h1>{strings.title}</h1>
      <p>{strings.text}</p>
      <p><Link href="/">{strings.home}</Link></p>
    </div>
  );
}
