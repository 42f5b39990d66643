// Node test environment that remembers whether anything failed, so helpers can print the server's log only then.
const { TestEnvironment } = require('jest-environment-node');

class E2eEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name === 'hook_failure' || (event.name === 'test_done' && event.test.errors.length > 0)) {
      this.global.__e2eFailed = true;
    }
  }
}

module.exports = E2eEnvironment;
