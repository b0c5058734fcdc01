#include "ssh/SshSession.h"

#include <QDir>
#include <QElapsedTimer>

#include <libssh/libssh.h>

#include <array>

namespace Berth::Ssh {

namespace {

struct SessionDeleter
{
    void operator()(ssh_session session) const
    {
        if (ssh_is_connected(session))
            ssh_disconnect(session);
        ssh_free(session);
    }
};
struct ChannelDeleter
{
    void operator()(ssh_channel channel) const { ssh_channel_free(channel); }
};
struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using SessionPtr = std::unique_ptr<ssh_session_struct, SessionDeleter>;
using ChannelPtr = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;
using KeyPtr = std::unique_ptr<ssh_key_struct, KeyDeleter>;

QString libsshError(ssh_session session)
{
    return QString::fromUtf8(ssh_get_error(session));
}

QString hostKeyFingerprint(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    QString fingerprint = QString::fromLatin1(text);
    ssh_string_free_char(text);
    ssh_clean_pubkey_hash(&hash);
    return fingerprint;
}

} // namespace

struct Session::Private
{
    SessionPtr session;
    ConnectOptions options;
};

Session::Session()
    : d(std::make_unique<Private>())
{ }

Session::~Session() = default;

QString Session::libraryVersion()
{
    return QString::fromLatin1(ssh_version(0));
}

bool Session::isConnected() const
{
    return d->session && ssh_is_connected(d->session.get());
}

QString Session::endpoint() const
{
    return QStringLiteral("%1:%2").arg(d->options.host).arg(d->options.port);
}

Result<HostKey> Session::connect(const ConnectOptions &options)
{
    disconnect();
    d->options = options;
    SessionPtr session(ssh_new());
    if (!session)
        return fail(QStringLiteral("ssh.out-of-memory"), tr("Could not start an SSH session."));

    const QByteArray host = options.host.toUtf8();
    const QByteArray user = options.user.toUtf8();
    const int port = options.port;
    const long timeout = static_cast<long>(options.connectTimeout.count());
    const int noConfig = 0;
    QString knownHosts = options.knownHostsFile;
    if (knownHosts.isEmpty())
        knownHosts = QDir::home().filePath(QStringLiteral(".ssh/known_hosts"));
    const QByteArray knownHostsPath = QDir::toNativeSeparators(knownHosts).toUtf8();

    ssh_options_set(session.get(), SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(session.get(), SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(session.get(), SSH_OPTIONS_USER, user.constData());
    ssh_options_set(session.get(), SSH_OPTIONS_TIMEOUT, &timeout);
    // ~/.ssh/config support belongs to the full transport; this session is configured
    // explicitly so nothing on the user's machine changes what a test or a plan says.
    ssh_options_set(session.get(), SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    ssh_options_set(session.get(), SSH_OPTIONS_KNOWNHOSTS, knownHostsPath.constData());

    if (ssh_connect(session.get()) != SSH_OK)
        return fail(QStringLiteral("ssh.connect"),
                    tr("Could not connect to %1:%2. Check that the server is on, that the "
                       "address and port are right, and that a firewall lets SSH through.")
                        .arg(options.host)
                        .arg(options.port),
                    libsshError(session.get()));

    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(session.get(), &rawKey) != SSH_OK)
        return fail(QStringLiteral("ssh.host-key"),
                    tr("%1 did not present a host key.").arg(options.host),
                    libsshError(session.get()));
    const KeyPtr serverKey(rawKey);

    HostKey hostKey;
    hostKey.type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(serverKey.get())));
    hostKey.sha256Fingerprint = hostKeyFingerprint(serverKey.get());
    switch (ssh_session_is_known_server(session.get())) {
    case SSH_KNOWN_HOSTS_OK: hostKey.state = HostKeyState::Known; break;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: hostKey.state = HostKeyState::Changed; break;
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND: hostKey.state = HostKeyState::Unknown; break;
    case SSH_KNOWN_HOSTS_ERROR:
        return fail(QStringLiteral("ssh.known-hosts"),
                    tr("Could not check %1's host key against “%2”.")
                        .arg(options.host, QDir::toNativeSeparators(knownHosts)),
                    libsshError(session.get()));
    }
    d->session = std::move(session);
    return hostKey;
}

Result<void> Session::trustHostKey()
{
    if (!isConnected())
        return fail(QStringLiteral("ssh.not-connected"), tr("Not connected."));
    if (ssh_session_update_known_hosts(d->session.get()) != SSH_OK)
        return fail(QStringLiteral("ssh.known-hosts-write"),
                    tr("Could not add %1's host key to the known hosts file.").arg(d->options.host),
                    libsshError(d->session.get()));
    return {};
}

Result<void> Session::authenticate()
{
    if (!isConnected())
        return fail(QStringLiteral("ssh.not-connected"), tr("Not connected."));
    ssh_session session = d->session.get();
    const QString who = QStringLiteral("%1@%2").arg(d->options.user, d->options.host);

    if (d->options.identityFile.isEmpty()) {
        if (ssh_userauth_agent(session, nullptr) == SSH_AUTH_SUCCESS)
            return {};
        // With an empty agent libssh reports an empty error string: say it ourselves.
        return fail(QStringLiteral("ssh.auth-agent"),
                    tr("The SSH agent has no key that %1 accepts. Add your key with “ssh-add”, "
                       "or set the key file in the SSH settings.")
                        .arg(who),
                    libsshError(session));
    }

    ssh_key rawKey = nullptr;
    const QByteArray keyPath = QDir::toNativeSeparators(d->options.identityFile).toUtf8();
    if (ssh_pki_import_privkey_file(keyPath.constData(), nullptr, nullptr, nullptr, &rawKey)
        != SSH_OK)
        return fail(QStringLiteral("ssh.key-file"),
                    tr("Could not read the private key “%1”. Check that the file exists and is "
                       "an unencrypted OpenSSH private key.")
                        .arg(QDir::toNativeSeparators(d->options.identityFile)));
    const KeyPtr key(rawKey);
    if (ssh_userauth_publickey(session, nullptr, key.get()) == SSH_AUTH_SUCCESS)
        return {};
    return fail(QStringLiteral("ssh.auth-denied"),
                tr("%1 refused the key “%2”. Check that its public key is in the server's "
                   "authorized_keys for this user.")
                    .arg(who, QDir::toNativeSeparators(d->options.identityFile)),
                libsshError(session));
}

Result<ExecResult> Session::exec(const QString &command, const ExecOptions &options)
{
    if (!isConnected())
        return fail(QStringLiteral("ssh.not-connected"), tr("Not connected."));
    ssh_session session = d->session.get();
    ChannelPtr channel(ssh_channel_new(session));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK)
        return fail(QStringLiteral("ssh.channel"),
                    tr("Could not open a channel to %1.").arg(endpoint()), libsshError(session));
    const QByteArray commandBytes = command.toUtf8();
    if (ssh_channel_request_exec(channel.get(), commandBytes.constData()) != SSH_OK)
        return fail(QStringLiteral("ssh.exec"), tr("%1 refused to run a command.").arg(endpoint()),
                    libsshError(session));
    for (qsizetype sent = 0; sent < options.standardInput.size();) {
        const int n = ssh_channel_write(
            channel.get(), options.standardInput.constData() + sent,
            static_cast<uint32_t>(std::min<qsizetype>(options.standardInput.size() - sent, 32768)));
        if (n == SSH_ERROR)
            return fail(QStringLiteral("ssh.write"),
                        tr("The connection to %1 broke while sending data.").arg(endpoint()),
                        libsshError(session));
        sent += n;
    }
    if (!options.standardInput.isEmpty())
        ssh_channel_send_eof(channel.get());

    ExecResult result;
    std::array<char, 16384> buffer {};
    QElapsedTimer sinceOutput;
    sinceOutput.start();
    for (;;) {
        if (options.cancelRequested && options.cancelRequested->load()) {
            ssh_channel_close(channel.get());
            return fail(QStringLiteral("ssh.cancelled"), tr("Cancelled."));
        }
        bool gotData = false;
        for (const Stream stream : {Stream::StandardOutput, Stream::StandardError}) {
            const int isStderr = stream == Stream::StandardError ? 1 : 0;
            const int n = ssh_channel_read_nonblocking(
                channel.get(), buffer.data(), static_cast<uint32_t>(buffer.size()), isStderr);
            if (n == SSH_ERROR)
                return fail(QStringLiteral("ssh.read"),
                            tr("The connection to %1 broke while “%2” was running.")
                                .arg(endpoint(), command),
                            libsshError(session));
            if (n > 0) {
                const QByteArray chunk(buffer.data(), n);
                (isStderr ? result.standardError : result.standardOutput).append(chunk);
                if (options.onOutput)
                    options.onOutput(stream, chunk);
                gotData = true;
            }
        }
        if (gotData) {
            sinceOutput.restart();
            continue;
        }
        if (ssh_channel_is_eof(channel.get()) || ssh_channel_is_closed(channel.get()))
            break;
        if (options.inactivityTimeout.count() > 0
            && sinceOutput.elapsed() > options.inactivityTimeout.count()) {
            ssh_channel_close(channel.get());
            return fail(
                QStringLiteral("ssh.inactive"),
                tr("%1 sent nothing for %2 s while running “%3”; the connection is "
                   "probably lost.")
                    .arg(endpoint())
                    .arg(std::chrono::duration_cast<std::chrono::seconds>(options.inactivityTimeout)
                             .count())
                    .arg(command));
        }
        // Wait up to 50 ms for more output so cancellation stays responsive.
        if (ssh_channel_poll_timeout(channel.get(), 50, 0) == SSH_ERROR)
            return fail(
                QStringLiteral("ssh.read"),
                tr("The connection to %1 broke while “%2” was running.").arg(endpoint(), command),
                libsshError(session));
    }
    ssh_channel_send_eof(channel.get());
    ssh_channel_close(channel.get());
    result.exitStatus = ssh_channel_get_exit_status(channel.get());
    return result;
}

void Session::disconnect()
{
    d->session.reset();
}

} // namespace Berth::Ssh
