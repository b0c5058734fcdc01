#include "cloud/S3Client.h"

#include <QHostAddress>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimeZone>

namespace Berth::Cloud {

Q_LOGGING_CATEGORY(lcS3, "berth.cloud.s3")

namespace {

constexpr qsizetype MaxErrorBody = qsizetype {64} * 1024;
constexpr qint64 DownloadBufferSize = qint64 {1024} * 1024;
// How much a device sink may hold unwritten before reading from the network pauses.
constexpr qint64 MaxUnwrittenInSink = qint64 {4} * 1024 * 1024;

QDateTime signingTime(const S3Options &options)
{
    return QDateTime::currentDateTimeUtc().addSecs(options.clockOffset.count());
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// An aborted reply is closed; reading it would only print a warning.
QByteArray readBody(QNetworkReply *reply)
{
    return reply->isOpen() ? reply->readAll() : QByteArray();
}

// The HTTP Date header ("Thu, 26 Nov 2026 11:20:05 GMT"), to measure clock skew.
QDateTime httpDate(const QByteArray &value)
{
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    time.setTimeZone(QTimeZone::utc());
    return time;
}

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

// ---------------------------------------------------------------------------------- S3Job

S3Job::S3Job(S3Client *client)
    : QObject(client)
    , m_client(client)
{ }

S3Job::~S3Job()
{
    // Deleting a running reply aborts it, and an abort emits finished(): disconnect first so no
    // slot runs on this half-destroyed job.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        delete m_reply;
    }
}

void S3Job::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // finishes synchronously through onReply()
    else
        finishLater(S3Errors::cancelled());
}

QNetworkReply *S3Job::send(const QByteArray &method, const QString &key,
                           const QList<SigV4Signer::Pair> &query,
                           const QList<SigV4Signer::Pair> &extraHeaders, const QByteArray &body)
{
    QNetworkReply *reply = m_client->send(method, key, query, extraHeaders, body);
    reply->setParent(this);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_reply = nullptr;
        // Detached first: a receiver of our finished() may delete this job right away, and with
        // it its children, while the reply is still inside its own signal.
        reply->setParent(nullptr);
        reply->deleteLater();
        onReply(reply);
    });
    return reply;
}

std::optional<Error> S3Job::failureOf(QNetworkReply *reply, const QString &key,
                                      const QByteArray &errorBody) const
{
    const int status = httpStatus(reply);
    if (m_cancelled)
        return S3Errors::cancelled();
    if (isSuccess(status) && reply->error() == QNetworkReply::NoError)
        return std::nullopt;
    S3Failure failure;
    failure.endpoint = m_client->endpointName();
    failure.bucket = m_client->location().bucket;
    failure.key = key;
    failure.region = m_client->m_signer.region();
    // A 2xx whose body broke off (connection reset, stalled past the timeout) is a network
    // failure, not an HTTP one.
    failure.httpStatus = isSuccess(status) ? 0 : status;
    failure.networkError = reply->error();
    failure.networkErrorString = reply->errorString();
    // Qt reports its transfer timeout as an abort nobody asked for.
    failure.timedOut = failure.httpStatus == 0
        && (reply->error() == QNetworkReply::OperationCanceledError
            || reply->error() == QNetworkReply::TimeoutError);
    failure.timeoutSeconds
        = static_cast<int>((m_client->m_options.transferTimeout.count() + 999) / 1000);
    failure.body = S3Xml::parseError(errorBody);
    failure.bucketRegionHeader = QString::fromLatin1(reply->rawHeader("x-amz-bucket-region"));
    failure.serverTime = httpDate(reply->rawHeader("Date"));
    failure.localTime = signingTime(m_client->m_options);
    Error error = S3Errors::translate(failure);
    qCInfo(lcS3) << "request failed:" << error.code << error.detail;
    return error;
}

void S3Job::finishWith(std::optional<Error> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    Q_EMIT finished();
}

void S3Job::finishLater(Error error)
{
    QMetaObject::invokeMethod(
        this, [this, error = std::move(error)] { finishWith(error); }, Qt::QueuedConnection);
}

// ------------------------------------------------------------------------------ S3ListJob

S3ListJob::S3ListJob(S3Client *client, QString prefix, int maxKeys)
    : S3Job(client)
    , m_prefix(std::move(prefix))
    , m_maxKeys(maxKeys)
{
    requestPage();
}

void S3ListJob::requestPage()
{
    QList<SigV4Signer::Pair> query {{"list-type", "2"}, {"encoding-type", "url"}};
    if (!m_prefix.isEmpty())
        query.append({"prefix", m_prefix.toUtf8()});
    if (m_maxKeys > 0)
        query.append({"max-keys", QByteArray::number(m_maxKeys)});
    if (!m_continuationToken.isEmpty())
        query.append({"continuation-token", m_continuationToken.toUtf8()});
    send("GET", {}, query);
}

void S3ListJob::onReply(QNetworkReply *reply)
{
    const QByteArray body = readBody(reply);
    if (auto error = failureOf(reply, {}, body)) {
        finishWith(std::move(error));
        return;
    }
    auto page = S3Xml::parseListObjectsV2(body, true);
    if (!page) {
        finishWith(page.error());
        return;
    }
    ++m_pages;
    m_objects.append(page->objects);
    Q_EMIT pageReceived(static_cast<int>(m_objects.size()));
    if (!page->truncated) {
        finishWith(std::nullopt);
        return;
    }
    // A truncated page without a token (or the same token again) would loop for ever.
    if (page->nextContinuationToken.isEmpty()
        || page->nextContinuationToken == m_continuationToken) {
        finishWith(Error {QStringLiteral("s3.bad-response"),
                          tr("%1 sent an incomplete bucket listing without a way to continue it.")
                              .arg(m_client->endpointName()),
                          {}});
        return;
    }
    m_continuationToken = page->nextContinuationToken;
    requestPage();
}

// ------------------------------------------------------------------------------ S3HeadJob

S3HeadJob::S3HeadJob(S3Client *client, QString key)
    : S3Job(client)
{
    m_info.key = std::move(key);
    send("HEAD", m_info.key, {});
}

void S3HeadJob::onReply(QNetworkReply *reply)
{
    if (auto error = failureOf(reply, m_info.key, {})) {
        finishWith(std::move(error));
        return;
    }
    m_info.size = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    m_info.lastModified = reply->header(QNetworkRequest::LastModifiedHeader).toDateTime().toUTC();
    m_info.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    m_info.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    finishWith(std::nullopt);
}

// -------------------------------------------------------------------------- S3DownloadJob

S3DownloadJob::S3DownloadJob(S3Client *client, QString key, QString filePath)
    : S3Job(client)
    , m_key(std::move(key))
    , m_filePath(std::move(filePath))
{
    start();
}

S3DownloadJob::S3DownloadJob(S3Client *client, QString key, QIODevice *sink)
    : S3Job(client)
    , m_key(std::move(key))
    , m_sink(sink)
{
    start();
}

// Out of line: QSaveFile is only forward-declared in the header. Destroying an uncommitted
// QSaveFile removes its temporary file.
S3DownloadJob::~S3DownloadJob() = default;

void S3DownloadJob::start()
{
    if (!m_sink) {
        m_file = std::make_unique<QSaveFile>(m_filePath);
        if (!m_file->open(QIODevice::WriteOnly)) {
            const QString why = m_file->errorString();
            m_file.reset();
            finishLater(S3Errors::localFile(m_filePath, why));
            return;
        }
    }
    QNetworkReply *reply = send("GET", m_key, {});
    // Bounded memory whatever the dump's size, and progress (and cancel checks) every MiB:
    // Qt stops reading the socket while this much is unread.
    reply->setReadBufferSize(DownloadBufferSize);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { readFrom(reply); });
    if (m_sink) {
        connect(m_sink, &QIODevice::bytesWritten, this, [this] {
            if (m_reply)
                readFrom(m_reply);
        });
    }
}

void S3DownloadJob::readFrom(QNetworkReply *reply)
{
    // Called by the sink's bytesWritten() too, possibly before the reply has headers: the
    // status is read only with the first bytes of the body.
    if (m_writeError || isFinished() || reply->bytesAvailable() == 0)
        return;
    if (!m_statusOk)
        m_statusOk = isSuccess(httpStatus(reply));
    if (!*m_statusOk) {
        // An S3 error document, not the object: keep it (bounded) for the message.
        m_errorBody.append(reply->readAll().left(MaxErrorBody - m_errorBody.size()));
        return;
    }
    bool delivered = false;
    while (reply->bytesAvailable() > 0) {
        // A slow device: stop here; its bytesWritten() brings us back.
        if (m_sink && m_sink->bytesToWrite() > MaxUnwrittenInSink)
            break;
        const QByteArray chunk = reply->read(DownloadBufferSize);
        if (!deliver(chunk)) {
            reply->abort();
            return;
        }
        m_received += chunk.size();
        delivered = true;
    }
    if (delivered) {
        const QVariant total = reply->header(QNetworkRequest::ContentLengthHeader);
        Q_EMIT progressChanged(m_received, total.isValid() ? total.toLongLong() : -1);
    }
}

bool S3DownloadJob::deliver(const QByteArray &chunk)
{
    QIODevice *target = m_sink ? static_cast<QIODevice *>(m_sink.data()) : m_file.get();
    if (target && target->write(chunk) == chunk.size())
        return true;
    m_writeError = m_sink || !target
        ? Error {QStringLiteral("s3.sink"),
                 tr("The download of “%1” could not be passed on: %2")
                     .arg(m_key, target ? target->errorString() : tr("the receiver is gone")),
                 {}}
        : S3Errors::localFile(m_filePath, m_file->errorString());
    return false;
}

void S3DownloadJob::onReply(QNetworkReply *reply)
{
    if (!m_writeError && reply->isOpen() && reply->bytesAvailable() > 0) {
        if (!m_statusOk)
            m_statusOk = isSuccess(httpStatus(reply));
        // The rest (at most the read buffer) goes out whatever a device's backlog.
        const QByteArray rest = reply->readAll();
        if (!*m_statusOk)
            m_errorBody.append(rest.left(MaxErrorBody - m_errorBody.size()));
        else if (deliver(rest))
            m_received += rest.size();
        if (*m_statusOk && !m_writeError) {
            const QVariant total = reply->header(QNetworkRequest::ContentLengthHeader);
            Q_EMIT progressChanged(m_received, total.isValid() ? total.toLongLong() : -1);
        }
    }
    std::optional<Error> error = m_cancelled ? S3Errors::cancelled() : m_writeError;
    if (!error)
        error = failureOf(reply, m_key, m_errorBody);
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (!error && length.isValid() && length.toLongLong() != m_received)
        error = Error {QStringLiteral("s3.network"),
                       tr("The download of “%1” from %2 stopped before the end. Try again.")
                           .arg(m_key, m_client->endpointName()),
                       tr("%1 of %2 bytes").arg(m_received).arg(length.toLongLong())};
    if (!error && m_file && !m_file->commit())
        error = S3Errors::localFile(m_filePath, m_file->errorString());
    if (error && m_file)
        m_file->cancelWriting();
    m_file.reset(); // an uncommitted QSaveFile deletes its temporary file here
    finishWith(std::move(error));
}

// ------------------------------------------------------------------------------- S3PutJob

S3PutJob::S3PutJob(S3Client *client, const QString &key, const QByteArray &data)
    : S3Job(client)
    , m_key(key)
{
    send("PUT", key, {}, {}, data);
}

void S3PutJob::onReply(QNetworkReply *reply)
{
    const QByteArray body = readBody(reply);
    finishWith(failureOf(reply, m_key, body));
}

// ------------------------------------------------------------------------------- S3Client

S3Client::S3Client(QNetworkAccessManager *network, S3Location location, S3Credentials credentials,
                   S3Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_location(std::move(location))
    , m_credentials(std::move(credentials))
    , m_options(options)
    , m_signer(m_credentials.accessKeyId, m_credentials.secretAccessKey,
               m_location.region.isEmpty() ? QStringLiteral("us-east-1") : m_location.region,
               QStringLiteral("s3"))
{
    // "minio.example.net:9000" parses as scheme "minio.example.net"; the aws CLI would refuse
    // it, but the intent is clear: https.
    const QUrl &endpoint = m_location.endpoint;
    if (!endpoint.isEmpty() && endpoint.host().isEmpty())
        m_location.endpoint = QUrl(QStringLiteral("https://") + endpoint.toString());
}

S3Client::~S3Client() = default;

S3ListJob *S3Client::listObjects(const QString &prefix, int maxKeys)
{
    return new S3ListJob(this, prefix, maxKeys);
}

S3HeadJob *S3Client::headObject(const QString &key)
{
    return new S3HeadJob(this, key);
}

S3DownloadJob *S3Client::download(const QString &key, const QString &filePath)
{
    return new S3DownloadJob(this, key, filePath);
}

S3DownloadJob *S3Client::download(const QString &key, QIODevice *sink)
{
    return new S3DownloadJob(this, key, sink);
}

S3PutJob *S3Client::putObject(const QString &key, const QByteArray &data)
{
    return new S3PutJob(this, key, data);
}

QUrl S3Client::baseUrl() const
{
    QUrl url = m_location.endpoint;
    if (url.isEmpty())
        url = QUrl(QStringLiteral("https://s3.%1.amazonaws.com").arg(m_signer.region()));
    // Qt sends no port for the scheme's default one; sign the same Host value.
    if ((url.scheme() == QLatin1String("https") && url.port() == 443)
        || (url.scheme() == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    return url;
}

bool S3Client::virtualHosted() const
{
    switch (m_location.addressing) {
    case S3Addressing::PathStyle: return false;
    case S3Addressing::VirtualHosted: return true;
    case S3Addressing::Auto: break;
    }
    // Custom endpoints (MinIO, self-hosted) often have no wildcard DNS; a dotted bucket name
    // breaks the *.s3.amazonaws.com certificate. Both fall back to path-style.
    return m_location.endpoint.isEmpty() && !m_location.bucket.contains(QLatin1Char('.'))
        && m_location.bucket == m_location.bucket.toLower();
}

QString S3Client::requestPath(const QString &key) const
{
    QString path = baseUrl().path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!virtualHosted())
        path += QLatin1Char('/') + m_location.bucket;
    if (!key.isEmpty() || virtualHosted())
        path += QLatin1Char('/') + key;
    return path;
}

QByteArray S3Client::hostHeader() const
{
    const QUrl base = baseUrl();
    QByteArray host = base.host(QUrl::FullyEncoded).toLatin1();
    if (QHostAddress(base.host()).protocol() == QAbstractSocket::IPv6Protocol)
        host = '[' + host + ']';
    if (virtualHosted())
        host = m_location.bucket.toUtf8() + '.' + host;
    if (base.port() != -1)
        host += ':' + QByteArray::number(base.port());
    return host;
}

QString S3Client::endpointName() const
{
    return QString::fromLatin1(hostHeader());
}

QUrl S3Client::objectUrl(const QString &key) const
{
    QUrl url = baseUrl();
    if (virtualHosted())
        url.setHost(m_location.bucket + QLatin1Char('.') + url.host());
    url.setPath(QString::fromLatin1(SigV4Signer::uriEncode(requestPath(key).toUtf8(), true)),
                QUrl::StrictMode);
    return url;
}

QNetworkReply *S3Client::send(const QByteArray &method, const QString &key,
                              const QList<SigV4Signer::Pair> &query,
                              const QList<SigV4Signer::Pair> &extraHeaders, const QByteArray &body)
{
    QUrl url = objectUrl(key);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(SigV4Signer::canonicalQuery(query)), QUrl::StrictMode);

    const QDateTime now = signingTime(m_options);
    SigV4Signer::Request toSign;
    toSign.method = method;
    toSign.path = requestPath(key);
    toSign.query = query;
    toSign.payloadHash = SigV4Signer::sha256Hex(body);
    toSign.headers = {{"host", hostHeader()},
                      {"x-amz-content-sha256", toSign.payloadHash},
                      {"x-amz-date", SigV4Signer::amzDate(now)}};
    if (!m_credentials.sessionToken.isEmpty())
        toSign.headers.append({"x-amz-security-token", m_credentials.sessionToken.toUtf8()});
    toSign.headers.append(extraHeaders);

    QNetworkRequest request(url);
    // Set Host ourselves so the signed value is exactly the one sent.
    for (const auto &[name, value] : std::as_const(toSign.headers))
        request.setRawHeader(name, value);
    request.setRawHeader("Authorization", m_signer.authorization(toSign, now));
    // Objects must arrive byte for byte (Qt would inflate a gzip Content-Encoding).
    if (method == "GET" && !key.isEmpty())
        request.setRawHeader("Accept-Encoding", "identity");
    if (method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/octet-stream"));
    // A redirect would be followed without the signature matching the new URL; S3 redirects
    // mean "wrong region or endpoint", which the error translation explains instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // S3 speaks HTTP/1.1; HTTP/2 would turn our Host header into :authority behind our back.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(static_cast<int>(m_options.transferTimeout.count()));

    qCDebug(lcS3) << method << url.toDisplayString(QUrl::RemoveQuery);
    if (method == "GET")
        return m_network->get(request);
    if (method == "HEAD")
        return m_network->head(request);
    if (method == "PUT")
        return m_network->put(request, body);
    return m_network->sendCustomRequest(request, method, body);
}

} // namespace Berth::Cloud
