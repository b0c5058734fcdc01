#pragma once

#include <libssh/libssh.h>

#include <memory>

// RAII for libssh handles, shared by the ssh target's sources (private header: libssh types
// stay out of the public API).
namespace Berth::Ssh::Detail {

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

} // namespace Berth::Ssh::Detail
