"""The district-centre server (ASGI), built in a later issue."""
