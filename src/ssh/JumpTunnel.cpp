#include "ssh/JumpTunnel.h"

#include <QByteArray>

#include <array>
#include <cerrno>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Berth::Ssh {

namespace {
constexpr int PollMilliseconds = 50;
constexpr std::size_t ChunkSize = 32768;
} // namespace

JumpTunnel::JumpTunnel(Detail::SessionPtr jump, Detail::ChannelPtr channel, int pumpSocket,
                       int targetSocket)
    : m_jump(std::move(jump))
    , m_channel(std::move(channel))
    , m_pumpSocket(pumpSocket)
    , m_targetSocket(targetSocket)
    , m_thread([this] { pump(); })
{ }

JumpTunnel::~JumpTunnel()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (ssh_channel_is_open(m_channel.get()))
        ssh_channel_close(m_channel.get());
    m_channel.reset();
    m_jump.reset();
    ::close(m_pumpSocket);
    ::close(m_targetSocket);
}

void JumpTunnel::pump()
{
    std::array<char, ChunkSize> buffer {};
    // Bytes from the jump host the target session has not taken yet: the socket is
    // non-blocking, so a busy target never blocks the pump (and its stop check).
    QByteArray pending;
    bool channelEof = false;
    bool socketEof = false;
    while (!m_stop) {
        bool progress = false;
        if (pending.isEmpty() && !channelEof) {
            const int n = ssh_channel_read_nonblocking(m_channel.get(), buffer.data(),
                                                       static_cast<uint32_t>(buffer.size()), 0);
            if (n == SSH_ERROR)
                break;
            if (n > 0) {
                pending.append(buffer.data(), n);
                progress = true;
            } else if (ssh_channel_is_eof(m_channel.get())
                       || ssh_channel_is_closed(m_channel.get())) {
                channelEof = true;
                ::shutdown(m_pumpSocket, SHUT_WR);
            }
        }
        if (!pending.isEmpty()) {
            const ssize_t written
                = ::send(m_pumpSocket, pending.constData(), static_cast<size_t>(pending.size()),
                         MSG_DONTWAIT | MSG_NOSIGNAL);
            if (written > 0) {
                pending.remove(0, written);
                progress = true;
            } else if (written < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
                break;
            }
        }
        if (!socketEof) {
            const ssize_t n = ::recv(m_pumpSocket, buffer.data(), buffer.size(), MSG_DONTWAIT);
            if (n > 0) {
                // Blocks only while the jump host's window is full, bounded by the jump
                // session's timeout.
                if (ssh_channel_write(m_channel.get(), buffer.data(), static_cast<uint32_t>(n))
                    == SSH_ERROR)
                    break;
                progress = true;
            } else if (n == 0) {
                socketEof = true; // the target session closed its end
                ssh_channel_send_eof(m_channel.get());
            } else if (errno != EAGAIN && errno != EWOULDBLOCK) {
                break;
            }
        }
        if (channelEof && socketEof && pending.isEmpty())
            break;
        if (progress)
            continue;
        std::array<pollfd, 2> fds {};
        fds[0].fd = m_pumpSocket;
        fds[0].events
            = static_cast<short>((socketEof ? 0 : POLLIN) | (pending.isEmpty() ? 0 : POLLOUT));
        fds[1].fd = ssh_get_fd(m_jump.get());
        fds[1].events = POLLIN;
        ::poll(fds.data(), fds.size(), PollMilliseconds);
    }
    // Whatever ended the loop, the target must see the end of its connection.
    ::shutdown(m_pumpSocket, SHUT_RDWR);
}

} // namespace Berth::Ssh
