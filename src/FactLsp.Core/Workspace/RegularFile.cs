using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace FactLsp.Core.Workspace;

/// <summary>
/// Opens a file for reading only if it is a regular file. A FIFO named <c>*.md</c> would block an
/// ordinary open until some process writes to it (a check would hang); .NET cannot tell a FIFO
/// from a file before opening it, so on Unix the file is opened non-blocking and kept only if it
/// can seek, which pipes and sockets cannot.
/// </summary>
internal static class RegularFile
{
    /// <summary>The open file, or null with the reason when it is no regular file.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static FileStream? Open(string path, out string? notRegular)
    {
        notRegular = null;
        if (OperatingSystem.IsWindows())
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        var flags = OperatingSystem.IsMacOS() ? 0x4 | 0x1000000 : 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC
        var fd = Open(path, flags);
        if (fd < 0)
        {
            throw new IOException($"cannot open it ({Marshal.GetLastPInvokeErrorMessage()})");
        }
        var stream = new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, bufferSize: 0);
        if (!stream.CanSeek)
        {
            stream.Dispose();
            notRegular = "it is not a regular file (a pipe, a socket or a device)";
            return null;
        }
        return stream;
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
