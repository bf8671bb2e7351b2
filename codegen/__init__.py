"""openwire's code generator: the OpenAPI spec plus ``config/*.yaml`` -> types, resources, api.md."""
