// The platform's reference for bench:serve: a Worker that answers "hello" and does nothing else.
export default {
  fetch() {
    return new Response("hello world\n", { headers: { "content-type": "text/plain" } });
  },
};
