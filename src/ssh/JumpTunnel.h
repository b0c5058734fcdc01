#pragma once

#include "ssh/LibsshHandles.h"

#include <atomic>
#include <thread>

namespace Berth::Ssh {

// Carries one TCP connection to a target through an SSH jump host: a `direct-tcpip` channel
// on the jump session, pumped by a small thread into one end of a socket pair; the target's
// libssh session takes the other end as its SSH_OPTIONS_FD. libssh 0.10 has no ProxyJump and
// its ProxyCommand needs an `ssh` binary, which a desktop user may not have.
//
// Threads: the jump session and channel are set up on the caller's thread, then used only by
// the pump thread until the destructor stops and joins it, then freed on the caller's thread —
// never two threads at once. The pump polls every 50 ms, so stopping is prompt. POSIX only
// (socketpair); a Windows port needs a loopback socket pair instead.
class JumpTunnel
{
public:
    // `jump` must be connected and authenticated; the tunnel owns it and both sockets.
    // `targetSocket()` is the descriptor to hand to the target session. libssh 0.10 does not
    // close a descriptor given as SSH_OPTIONS_FD, so the tunnel closes it — destroy the
    // target session first.
    JumpTunnel(Detail::SessionPtr jump, Detail::ChannelPtr channel, int pumpSocket,
               int targetSocket);
    ~JumpTunnel();
    JumpTunnel(const JumpTunnel &) = delete;
    JumpTunnel &operator=(const JumpTunnel &) = delete;

    [[nodiscard]] int targetSocket() const { return m_targetSocket; }

private:
    void pump();

    Detail::SessionPtr m_jump;
    Detail::ChannelPtr m_channel;
    int m_pumpSocket;
    int m_targetSocket;
    std::atomic_bool m_stop {false};
    std::thread m_thread; // last: starts after everything it uses exists
};

} // namespace Berth::Ssh
