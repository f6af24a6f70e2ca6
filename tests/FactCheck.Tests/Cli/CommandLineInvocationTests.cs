using FactCheck.Cli;

namespace FactCheck.Tests.Cli;

public sealed class CommandLineInvocationTests
{
    [Fact]
    public async Task An_unexpected_error_reaches_the_program_s_one_line_handler_not_a_printed_stack_trace()
    {
        // System.CommandLine's own handler would print "Unhandled exception:" and the stack trace and return 1; the
        // program's invocation leaves the error to Program.cs, which prints one line (the trace only with --verbose).
        var folder = Directory.CreateTempSubdirectory("factcheck-invocation-").FullName;
        try
        {
            var parse = CommandLine.Build((_, _) => throw new InvalidOperationException("boom")).Parse(["check", folder]);
            using var error = new StringWriter();
            var invocation = CommandLine.Invocation;
            invocation.Error = error;

            var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => parse.InvokeAsync(invocation));

            Assert.Equal("boom", thrown.Message);
            Assert.Empty(error.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
