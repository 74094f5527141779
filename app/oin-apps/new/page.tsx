import { OinAppForm } from "../oin-app-form";

export default function NewOinAppPage() {
  return <OinAppForm />;
}
