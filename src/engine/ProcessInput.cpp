#include "engine/ProcessInput.h"

#include <QLocalSocket>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Berth::Engine {

#ifdef Q_OS_UNIX
namespace {

// The parent's copy of the child's end of the socket, closed once (-1 afterwards).
void closeChildEnd(const std::shared_ptr<int> &childEnd)
{
    if (childEnd && *childEnd >= 0)
        ::close(*childEnd);
    if (childEnd)
        *childEnd = -1;
}

} // namespace
#endif

ProcessInput::ProcessInput(QProcess *process)
    : m_process(process)
{
#ifdef Q_OS_UNIX
    int ends[2] = {-1, -1};
#ifdef SOCK_CLOEXEC
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0)
        return; // the pipe then
#else
    // macOS has no SOCK_CLOEXEC: close-on-exec right after. A process another thread starts in
    // that instant would inherit the ends, and gpg would see the end of its input only once that
    // process is gone: rare, and it still finishes.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, ends) != 0)
        return;
    ::fcntl(ends[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(ends[1], F_SETFD, FD_CLOEXEC);
#endif
    auto *socket = new QLocalSocket(process);
    if (!socket->setSocketDescriptor(ends[0], QLocalSocket::ConnectedState, QIODevice::WriteOnly)) {
        delete socket;
        ::close(ends[0]);
        ::close(ends[1]);
        return;
    }
    m_socket = socket;
    m_childEnd = std::make_shared<int>(ends[1]);
    // No pipe from QProcess; in the child, after QProcess set up its channels and before exec,
    // the socket's end becomes standard input (dup2 leaves the copy open across exec).
    process->setStandardInputFile(QProcess::nullDevice());
    process->setChildProcessModifier([childEnd = ends[1]] { ::dup2(childEnd, STDIN_FILENO); });
    // The parent's copy of the child's end goes once the child has its own (or never will):
    // only then does the child see end-of-file when this side closes.
    QObject::connect(process, &QProcess::started, socket,
                     [childEnd = m_childEnd] { closeChildEnd(childEnd); });
    QObject::connect(process, &QProcess::errorOccurred, socket,
                     [childEnd = m_childEnd](QProcess::ProcessError error) {
                         if (error == QProcess::FailedToStart)
                             closeChildEnd(childEnd);
                     });
#endif
}

ProcessInput::~ProcessInput()
{
#ifdef Q_OS_UNIX
    closeChildEnd(m_childEnd);
#endif
}

QIODevice *ProcessInput::device() const
{
    if (m_socket)
        return m_socket;
    return m_process;
}

void ProcessInput::close()
{
    if (auto *socket = qobject_cast<QLocalSocket *>(m_socket.data()))
        socket->disconnectFromServer(); // after what is still buffered, as closeWriteChannel()
    else if (m_process)
        m_process->closeWriteChannel();
}

} // namespace Berth::Engine
