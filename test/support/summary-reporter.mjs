// Prints one plain closing line ("tests: N passed, N failed, N skipped") that CI log readers understand.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    const failedSuites = results.numFailedTestSuites;
    const failed = numFailedTests + (failedSuites > 0 && numFailedTests === 0 ? failedSuites : 0);
    process.stdout.write(
      `\ntests: ${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped\n`,
    );
  }
}
