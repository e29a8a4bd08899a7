/** A GraphQL error the API reported, with its code (BAD_INPUT, NOT_FOUND …). */
export class ApiError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs one operation against the host's own GraphQL endpoint: the dashboard reads nothing else. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(`the API answered ${response.status} without JSON`);
  }
  if (body.errors?.length) {
    throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors[0].extensions?.code);
  }
  if (!response.ok || !body.data) throw new ApiError(`the API answered ${response.status}`);
  return body.data;
}
