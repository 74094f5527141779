import { OinAppForm } from "../OinAppForm";

export default function NewOinAppPage() {
  return <OinAppForm />;
}
