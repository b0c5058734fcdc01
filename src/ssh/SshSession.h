#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Berth::Ssh {

struct HostKey;

// Asked for the passphrase of an encrypted private key file (one no ssh-agent could stand in
// for); an error (the user declined, nobody to ask) is reported as the login's failure.
// Called on the session's thread, at most once per key file per connect().
using PassphraseProvider = std::function<Result<QString>(const QString &keyFile)>;
// Asked whether to trust a jump host's key that known_hosts does not hold yet; `jumpHost` is
// "host" or "host:port". True: the key is added to known_hosts and the connection goes on.
// Called on the session's thread.
using JumpHostKeyQuestion = std::function<bool(const QString &jumpHost, const HostKey &key)>;

// Whether the private key file is protected by a passphrase (read from its header).
[[nodiscard]] bool isEncryptedKeyFile(const QString &path);
// Whether `passphrase` decrypts the private key file.
[[nodiscard]] bool keyFileOpensWith(const QString &path, const QString &passphrase);

struct ConnectOptions
{
    QString host; // a name or address; may be a Host alias of the ssh config files
    // 0 = from the ssh config files, else 22. Set explicitly it wins over the config (as Kamal).
    int port = 22;
    // Empty = from the ssh config files, else libssh's default (the local user name).
    QString user;
    // Private key files, tried in order: identityFile first, then identityFiles, then the
    // config files' IdentityFile entries. With none at all, the ssh-agent and then
    // ~/.ssh/id_ed25519, id_ecdsa, id_rsa are tried. identityFile stays for older callers.
    QString identityFile;
    QStringList identityFiles;
    // Private keys as text (Kamal's key_data, values resolved from secrets by the caller).
    QList<QByteArray> keyData;
    // Only the keys above, never the ssh-agent (Kamal's keys_only / IdentitiesOnly).
    bool keysOnly = false;
    PassphraseProvider passphraseProvider;
    // Jump host "[user@]host[:port]" (Kamal's ssh.proxy). The connection to `host` is tunnelled
    // through it in-process; its host key is checked against the same known_hosts file.
    QString proxyJump;
    // Asked when the jump host's key is unknown; unset: an unknown jump host key stops.
    JumpHostKeyQuestion trustJumpHostKey;
    // Kamal's ssh.proxy_command, run by libssh through the local shell (%h, %p, %r expanded).
    QString proxyCommand;
    // OpenSSH client config files read for `host` (HostName, User, Port, IdentityFile,
    // IdentitiesOnly, ProxyJump, ProxyCommand). Empty = none (Kamal's `ssh.config: false`).
    QStringList sshConfigFiles;
    // The known_hosts file to check the server against; empty means ~/.ssh/known_hosts.
    QString knownHostsFile;
    std::chrono::seconds connectTimeout {10};
    // How often exec() sends an SSH keepalive while a command runs, so NAT boxes and
    // firewalls do not drop a connection whose command is quiet for long. Kamal: 30 s.
    // Zero = never. libssh waits for the server's answer to each keepalive, at most
    // connectTimeout: on a dead link a cancel request can take that long to be seen.
    std::chrono::milliseconds keepaliveInterval {std::chrono::seconds(30)};
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
    // For Unknown and Changed: what this means and what to do, for people (translated).
    QString advice;
    // For Changed: the known_hosts file and the 1-based line that holds the old key (0 if the
    // line could not be found, e.g. a wildcard pattern in another file).
    QString knownHostsFile;
    int knownHostsLine = 0;
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
    // Called on the session's thread whenever the command has been quiet for a poll (≤ 50 ms):
    // lets a caller that batches output send what it holds without waiting for more.
    std::function<void()> onIdle;
    // Sent to the command's standard input, then end-of-file (file uploads: `cat > path`).
    // Keeps secret file contents off the remote command line, where `ps` would show them.
    QByteArray standardInput;
};

// One SSH connection over libssh. Blocking calls; use it from one thread only (libssh sessions
// are not thread-safe): the engine gives each host's worker its own Session. Never accepts an
// unknown or changed host key by itself — the caller decides, after showing the fingerprint;
// authenticate() refuses until the key is known or trusted. With a jump host the Session also
// owns a tunnel thread, stopped and joined by disconnect() and the destructor.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(SshSession)

public:
    Session();
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Opens the TCP connection (directly, through the jump host or the proxy command) and does
    // the key exchange; reports what known_hosts says about the server's key. Authenticates
    // only to the jump host, whose key must already be known.
    [[nodiscard]] Result<HostKey> connect(const ConnectOptions &options);
    // Adds the server's current key to the known_hosts file (after the user accepted it).
    // Refused for a changed key: the old line has to be removed first.
    [[nodiscard]] Result<void> trustHostKey();
    // Public-key authentication: key files and key data in order, then the ssh-agent.
    [[nodiscard]] Result<void> authenticate();
    // Runs `command` through the server's shell and waits for it to end.
    [[nodiscard]] Result<ExecResult> exec(const QString &command, const ExecOptions &options = {});
    void disconnect();

    [[nodiscard]] bool isConnected() const;
    // "host:port" for messages (after the ssh config resolved an alias).
    [[nodiscard]] QString endpoint() const;

    // libssh's version string, for the About dialog.
    [[nodiscard]] static QString libraryVersion();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Berth::Ssh
