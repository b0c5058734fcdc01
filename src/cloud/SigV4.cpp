#include "cloud/SigV4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <map>

namespace Berth::Cloud {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// Header values are signed trimmed, with inner runs of spaces folded to one (the SigV4 rule).
QByteArray foldSpaces(const QByteArray &value)
{
    return value.simplified();
}

} // namespace

SigV4Signer::SigV4Signer(QString accessKeyId, QString secretAccessKey, QString region,
                         QString service)
    : m_accessKeyId(std::move(accessKeyId))
    , m_secretAccessKey(std::move(secretAccessKey))
    , m_region(std::move(region))
    , m_service(std::move(service))
{ }

QByteArray SigV4Signer::amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4Signer::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4Signer::uriEncode(const QByteArray &utf8, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z')
            || (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_'
            || byte == '~';
        if (unreserved || (keepSlash && byte == '/')) {
            out.append(c);
        } else {
            out.append('%');
            out.append(hex[byte >> 4U]);
            out.append(hex[byte & 0x0FU]);
        }
    }
    return out;
}

QByteArray SigV4Signer::canonicalQuery(const QList<Pair> &query)
{
    QList<Pair> encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append({uriEncode(name, false), uriEncode(value, false)});
    // Sorted by encoded name, then value: byte order, as S3 compares them.
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : encoded) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

QByteArray SigV4Signer::canonicalRequest(const Request &request)
{
    // std::map keeps names sorted; repeated headers are joined with commas in request order.
    std::map<QByteArray, QByteArray> headers;
    for (const auto &[name, value] : request.headers) {
        QByteArray &joined = headers[name.toLower().trimmed()];
        if (!joined.isEmpty())
            joined.append(',');
        joined.append(foldSpaces(value));
    }
    QByteArray canonicalHeaders;
    QByteArray signedHeaders;
    for (const auto &[name, value] : headers) {
        canonicalHeaders.append(name).append(':').append(value).append('\n');
        if (!signedHeaders.isEmpty())
            signedHeaders.append(';');
        signedHeaders.append(name);
    }
    QByteArray path = uriEncode(request.path.toUtf8(), true);
    if (path.isEmpty())
        path = "/";
    return request.method + '\n' + path + '\n' + canonicalQuery(request.query) + '\n'
        + canonicalHeaders + '\n' + signedHeaders + '\n' + request.payloadHash;
}

QByteArray SigV4Signer::scope(const QDateTime &time) const
{
    return amzDate(time).left(8) + '/' + m_region.toUtf8() + '/' + m_service.toUtf8()
        + "/aws4_request";
}

QByteArray SigV4Signer::stringToSign(const Request &request, const QDateTime &time) const
{
    return "AWS4-HMAC-SHA256\n" + amzDate(time) + '\n' + scope(time) + '\n'
        + sha256Hex(canonicalRequest(request));
}

QByteArray SigV4Signer::signingKey(const QDateTime &time) const
{
    const QByteArray dateKey = hmac("AWS4" + m_secretAccessKey.toUtf8(), amzDate(time).left(8));
    const QByteArray regionKey = hmac(dateKey, m_region.toUtf8());
    const QByteArray serviceKey = hmac(regionKey, m_service.toUtf8());
    return hmac(serviceKey, "aws4_request");
}

QByteArray SigV4Signer::signature(const Request &request, const QDateTime &time) const
{
    return hmac(signingKey(time), stringToSign(request, time)).toHex();
}

QByteArray SigV4Signer::authorization(const Request &request, const QDateTime &time) const
{
    QList<QByteArray> names;
    for (const auto &header : request.headers)
        names.append(header.first.toLower().trimmed());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return "AWS4-HMAC-SHA256 Credential=" + m_accessKeyId.toUtf8() + '/' + scope(time)
        + ", SignedHeaders=" + names.join(';') + ", Signature=" + signature(request, time);
}

} // namespace Berth::Cloud
