using System;
using System.Runtime.InteropServices;

namespace EfficientArchitectures.Startup;

/// <summary>
/// The CPU time this process has used, every thread (the runtime's background compiler and GC included), in
/// milliseconds: unlike wall time, it hardly moves when other processes load the machine.
/// </summary>
internal static class ProcessorTime
{
    private const int Self = 0;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return double.NaN;
        }

        var usage = default(ResourceUsage);
        return GetResourceUsage(Self, ref usage) == 0
            ? ((usage.UserSeconds + usage.SystemSeconds) * 1000.0) + ((usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0)
            : double.NaN;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, ref ResourceUsage usage);

    /// <summary>The head of <c>struct rusage</c> (two <c>struct timeval</c>) on 64-bit Linux and macOS, and room for the rest.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public fixed long Rest[14];
    }
}
