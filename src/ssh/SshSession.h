#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace Berth::Ssh {

struct ConnectOptions
{
    QString host;
    int port = 22;
    QString user;
    // Private key file; empty means "ask the ssh-agent".
    QString identityFile;
    // The known_hosts file to check the server against; empty means ~/.ssh/known_hosts.
    QString knownHostsFile;
    std::chrono::seconds connectTimeout {10};
};

enum class HostKeyState {
    Known, // matches known_hosts
    Unknown, // not in known_hosts: ask the user, showing the fingerprint
    Changed, // known_hosts has another key for this host: possible attack, hard stop
};

struct HostKey
{
    HostKeyState state = HostKeyState::Unknown;
    QString type; // e.g. "ssh-ed25519"
    QString sha256Fingerprint; // "SHA256:…", the form OpenSSH shows
};

struct ExecResult
{
    int exitStatus = -1;
    QByteArray standardOutput;
    QByteArray standardError;
};

enum class Stream { StandardOutput, StandardError };
// Called on the session's thread for every chunk as it arrives.
using OutputHandler = std::function<void(Stream, const QByteArray &)>;

struct ExecOptions
{
    // Fail when the command produced no output for this long: a host that drops off the
    // network never sends EOF, so without this a command would wait forever. Zero = no limit.
    std::chrono::milliseconds inactivityTimeout {0};
    // Checked between polls (≤ 50 ms apart); when set, the channel is closed and the call
    // returns a "cancelled" error.
    const std::atomic_bool *cancelRequested = nullptr;
    OutputHandler onOutput;
    // Sent to the command's standard input, then end-of-file (file uploads: `cat > path`).
    // Keeps secret file contents off the remote command line, where `ps` would show them.
    QByteArray standardInput;
};

// One SSH connection over libssh. Blocking calls; use it from one thread only (libssh sessions
// are not thread-safe): the engine gives each host's worker its own Session. Never accepts an
// unknown or changed host key by itself — the caller decides, after showing the fingerprint.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(SshSession)

public:
    Session();
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Opens the TCP connection and does the key exchange; reports what known_hosts says
    // about the server's key. Does not authenticate.
    [[nodiscard]] Result<HostKey> connect(const ConnectOptions &options);
    // Adds the server's current key to the known_hosts file (after the user accepted it).
    [[nodiscard]] Result<void> trustHostKey();
    // Public-key authentication with the identity file, or through the ssh-agent.
    [[nodiscard]] Result<void> authenticate();
    // Runs `command` through the server's shell and waits for it to end.
    [[nodiscard]] Result<ExecResult> exec(const QString &command, const ExecOptions &options = {});
    void disconnect();

    [[nodiscard]] bool isConnected() const;
    // "host:port" for messages.
    [[nodiscard]] QString endpoint() const;

    // libssh's version string, for the About dialog.
    [[nodiscard]] static QString libraryVersion();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Berth::Ssh
