// better-auth's update-user changes the signed-in user's own name and image; its body is checked here, so a wrong
// type is a 400 at its field instead of a database error (and its stack trace in the log).
import { bodyObject } from "../body";
import { invalid } from "../errors";

const NAME_MAX_LENGTH = 200;
const IMAGE_MAX_LENGTH = 2_048;
const at = (field: string) => ({ field, pointer: `/${field}` });

export function checkUserUpdate(input: unknown): void {
  const body = bodyObject(input);
  for (const field of Object.keys(body))
    if (field !== "name" && field !== "image")
      throw invalid(`${field} cannot be changed: only name and image`, at(field));
  const { name, image } = body;
  if (name !== undefined && (typeof name !== "string" || !name.trim() || name.length > NAME_MAX_LENGTH))
    throw invalid(`name must be text of 1 to ${NAME_MAX_LENGTH} characters`, at("name"));
  if (image !== undefined && image !== null && (typeof image !== "string" || image.length > IMAGE_MAX_LENGTH))
    throw invalid(`image must be a URL of at most ${IMAGE_MAX_LENGTH} characters, or null`, at("image"));
}
