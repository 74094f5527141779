import { OinAppForm } from "../OinAppForm";
import { pageActor } from "@/app/components/page-actor";

export default async function NewOinAppPage() {
  await pageActor();
  return <OinAppForm />;
}
