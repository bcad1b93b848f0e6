import http from 'node:http';
import { TEST_PASSWORD, type GraphQLResult, type TestClient } from './test-app.js';

// A browser at another address: every address of 127.0.0.0/8 reaches this machine, so a test can be several
// networks at once (a workshop's Wi-Fi, a guesser elsewhere) while the API sees each as its own client.
// It keeps the cookies the API sets, like `TestApp.client()`.
export function clientAt(apiUrl: string, localAddress: string): TestClient {
  const cookies = new Map<string, string>();
  const post = (body: string) =>
    new Promise<{ setCookies: string[]; text: string }>((resolve, reject) => {
      const request = http.request(
        `${apiUrl}/graphql`,
        {
          method: 'POST',
          localAddress,
          headers: {
            'content-type': 'application/json',
            cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              setCookies: response.headers['set-cookie'] ?? [],
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  const graphql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> => {
    const { setCookies, text } = await post(JSON.stringify({ query, variables }));
    for (const header of setCookies) {
      const [pair] = header.split(';');
      const [key, value] = (pair ?? '').split('=');
      if (!key) continue;
      if (value) cookies.set(key, value);
      else cookies.delete(key);
    }
    return JSON.parse(text) as GraphQLResult<T>;
  };
  const ok = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const result = await graphql<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  };
  return {
    graphql,
    ok,
    cookies,
    signIn: async (email, password = TEST_PASSWORD) => {
      await ok(`mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }`, {
        input: { email, password },
      });
    },
  };
}
